package org.ixwire.bgp.internal;

import java.util.Objects;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.nlri.NlriCursor;
import org.jspecify.annotations.Nullable;

/**
 * Lets a view hand its loaded {@link Wire} to the child views of another package (an UPDATE's
 * attributes and NLRI cursors), so a message held in a direct buffer is copied once, not once per
 * field. The child classes register their package-private entry points when they are initialized,
 * which happens before any instance of them can be wrapped.
 */
public final class SharedWire {
  /** Wraps a path attributes view over bytes already loaded in a {@link Wire}. */
  public interface Attributes {
    /** As {@link PathAttributesView#wrap}, reading through {@code wire}. */
    void wrap(
        PathAttributesView view, Wire wire, int offset, int length, BgpSessionOptions options);
  }

  /** Wraps an NLRI cursor over bytes already loaded in a {@link Wire}. */
  public interface Nlri {
    /** As {@link NlriCursor#wrap}, reading through {@code wire}. */
    void wrap(
        NlriCursor cursor, Wire wire, int offset, int length, int afi, int safi, boolean addPath);
  }

  private static @Nullable Attributes attributes;
  private static @Nullable Nlri nlri;

  private SharedWire() {}

  /** Called once by {@link PathAttributesView}'s initializer. */
  public static void register(Attributes a) {
    attributes = a;
  }

  /** Called once by {@link NlriCursor}'s initializer. */
  public static void register(Nlri n) {
    nlri = n;
  }

  /** The registered entry point. */
  public static Attributes attributes() {
    return Objects.requireNonNull(attributes, "PathAttributesView not initialized");
  }

  /** The registered entry point. */
  public static Nlri nlri() {
    return Objects.requireNonNull(nlri, "NlriCursor not initialized");
  }
}
