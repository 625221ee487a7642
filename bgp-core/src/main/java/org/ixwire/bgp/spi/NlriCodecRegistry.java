package org.ixwire.bgp.spi;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ixwire.bgp.nlri.AfiSafi;
import org.jspecify.annotations.Nullable;

/**
 * An immutable set of {@link NlriCodec}s keyed by address family, shared by decoders and encoders.
 * Families without a codec stay raw ({@link org.ixwire.bgp.nlri.RawNlri}).
 */
public final class NlriCodecRegistry {
  /** No plug-in codecs: every family outside the core's stays raw. */
  public static final NlriCodecRegistry EMPTY = builder().build();

  private final ImmutableMap<AfiSafi, NlriCodec> codecs;

  private NlriCodecRegistry(Map<AfiSafi, NlriCodec> codecs) {
    this.codecs = ImmutableMap.copyOf(codecs);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The codec registered for {@code family}, or null. */
  public @Nullable NlriCodec get(AfiSafi family) {
    return codecs.get(family);
  }

  /** The registered codecs. */
  public ImmutableMap<AfiSafi, NlriCodec> codecs() {
    return codecs;
  }

  /** Builder of {@link NlriCodecRegistry}. */
  public static final class Builder {
    private final Map<AfiSafi, NlriCodec> codecs = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers {@code codec} for its family.
     *
     * @throws IllegalArgumentException if the family is one bgp-core decodes itself or already has
     *     a codec
     */
    public Builder register(NlriCodec codec) {
      AfiSafi f = codec.family();
      int a = f.afi().code();
      int s = f.safi().code();
      if ((a == 1 || a == 2) && (s == 1 || s == 2 || s == 4 || s == 128)) {
        throw new IllegalArgumentException("bgp-core decodes " + f + " itself");
      }
      if (codecs.putIfAbsent(f, codec) != null) {
        throw new IllegalArgumentException("a codec for " + f + " is already registered");
      }
      return this;
    }

    /** The registry. */
    public NlriCodecRegistry build() {
      return new NlriCodecRegistry(codecs);
    }
  }
}
