/** Test-only helpers shared by the ixwire modules. */
@NullMarked
package org.ixwire.testing;

import org.jspecify.annotations.NullMarked;
