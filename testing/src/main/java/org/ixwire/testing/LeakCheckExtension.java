package org.ixwire.testing;

import io.netty.util.LeakPresenceDetector;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test that leaves a reference-counted Netty object unreleased.
 *
 * <p>Registered automatically (JUnit extension auto-detection is enabled by the parent POM). It
 * only has teeth when the test JVM runs with {@code
 * -Dio.netty.customResourceLeakDetector=io.netty.util.LeakPresenceDetector}, which the parent POM
 * sets for every module.
 */
public final class LeakCheckExtension implements AfterEachCallback {

  @Override
  public void afterEach(ExtensionContext context) {
    LeakPresenceDetector.check();
  }
}
