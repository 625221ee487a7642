package org.ixwire.bgp.message;

import static org.ixwire.bgp.error.ErrorAction.SESSION_RESET;
import static org.ixwire.bgp.error.ErrorAction.TREAT_AS_WITHDRAW;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_INVALID_NETWORK_FIELD;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_MALFORMED_ATTRIBUTE_LIST;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_MESSAGE_ERROR;
import static org.ixwire.bgp.error.ErrorCodes.UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import org.ixwire.bgp.BgpDecodeException;
import org.ixwire.bgp.BgpFraming;
import org.ixwire.bgp.BgpSessionOptions;
import org.ixwire.bgp.attribute.AttributeCursor;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.attribute.PathAttributesView;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.bgp.internal.IssueList;
import org.ixwire.bgp.internal.SharedWire;
import org.ixwire.bgp.internal.Wire;
import org.ixwire.bgp.nlri.NlriCursor;

/**
 * An allocation-free, reusable view of an UPDATE (RFC 4271 §4.3) — the route server's hot path.
 * {@link #wrap} checks the field lengths (an inconsistency is a framing error, RFC 7606 §3 b, and
 * throws), validates the Withdrawn Routes and NLRI fields and every attribute, and records RFC 7606
 * issues; {@link #action()} is the strongest action after the message-level rules (missing
 * well-known attributes, RFC 7606 §3 d; §5.2 escalation when no NLRI was found).
 *
 * <p>Under {@link ErrorAction#TREAT_AS_WITHDRAW} every route the UPDATE announces ({@link #nlri()}
 * and {@link PathAttributesView#mpReachNlri()}) is to be handled as withdrawn; both stay readable.
 *
 * <p>Offsets, given and reported, are absolute buffer indices; the buffer's reader and writer
 * indices and reference count are never touched. Valid until the next {@code wrap}, and only while
 * the wrapped buffer is. Not thread-safe.
 */
public final class UpdateView {
  private final Wire wire = new Wire();
  private final PathAttributesView attributes = new PathAttributesView();
  private final NlriCursor withdrawnCursor = new NlriCursor();
  private final NlriCursor nlriCursor = new NlriCursor();
  private final IssueList own = new IssueList();
  // the message starts at the loaded range's origin (wire.origin()); the fields' offsets are
  // relative to it, as every view's positions are (Wire), and reported with the origin added
  private int messageLength;
  private int withdrawnOffset;
  private int withdrawnLength;
  private int nlriOffset;
  private int nlriLength;
  private BgpSessionOptions options = BgpSessionOptions.DEFAULT;
  private ErrorAction action = ErrorAction.NONE;
  private boolean hasHeader;

  /**
   * Wraps a whole UPDATE message, header included, at absolute {@code offset} whose header says
   * {@code length} bytes (see {@link BgpFraming}).
   *
   * @return this view
   * @throws BgpDecodeException for a header or length inconsistency (NOTIFICATION 1/x or 3/1); the
   *     view is then empty (no attributes, no routes), whatever it held before
   */
  public UpdateView wrap(ByteBuf buf, int offset, int length, BgpSessionOptions options) {
    try {
      return message(buf, offset, length, options);
    } catch (RuntimeException e) {
      empty(options);
      throw e;
    }
  }

  private UpdateView message(ByteBuf buf, int offset, int length, BgpSessionOptions options) {
    if (length < 23 || length > buf.capacity() - offset) {
      throw BgpDecodeException.of(
          buf,
          offset,
          offset,
          offset + Math.min(length, 32),
          "UPDATE",
          1,
          2,
          "length " + length + " does not fit the buffer or is below 23");
    }
    byte[] m = wire.load(buf, offset, length).array(); // index 0 is offset from here on (Wire)
    if (Wire.s64(m, 0) != -1L
        || Wire.s64(m, 8) != -1L
        || Wire.u16(m, 16) != length
        || Wire.u8(m, 18) != 2
        || length > options.maxMessageLength()) {
      // not a well-formed UPDATE header of this length: BgpFraming says what is wrong
      BgpFraming.checkHeader(buf, offset, options.maxMessageLength());
      throw BgpDecodeException.of(
          buf,
          offset + 16,
          offset,
          offset + 19,
          "UPDATE",
          1,
          2,
          "not an UPDATE of length " + length);
    }
    body(buf, offset + 19, length - 19, options, offset);
    hasHeader = true;
    return this;
  }

  /**
   * Wraps an UPDATE body (the bytes after the 19-byte header), as some archives store it.
   *
   * @return this view
   * @throws BgpDecodeException for a length inconsistency (NOTIFICATION 3/1); the view is then
   *     empty (no attributes, no routes), whatever it held before
   */
  public UpdateView wrapBody(ByteBuf buf, int offset, int length, BgpSessionOptions options) {
    try {
      if (length >= 0 && length <= buf.capacity() - offset) {
        wire.load(buf, offset, length);
      }
      body(buf, offset, length, options, offset);
    } catch (RuntimeException e) {
      empty(options);
      throw e;
    }
    hasHeader = false;
    return this;
  }

  /** After a failed wrap: nothing, rather than a mix of the old message and the new bytes. */
  private void empty(BgpSessionOptions options) {
    ByteBuf none = io.netty.buffer.Unpooled.EMPTY_BUFFER;
    wire.load(none, 0, 0);
    this.options = options;
    messageLength = 0;
    withdrawnOffset = 0;
    withdrawnLength = 0;
    nlriOffset = 0;
    nlriLength = 0;
    own.clear();
    SharedWire.attributes().wrap(attributes, wire, 0, 0, options);
    action = ErrorAction.NONE;
    hasHeader = false;
  }

  /**
   * The wrapped message as an owned, reference-counted holder: a retained slice of the buffer (no
   * copy). The caller releases it.
   *
   * @throws IllegalStateException when no UPDATE is wrapped (none yet, or the last wrap failed)
   */
  public BgpUpdate retainedMessage() {
    if (messageLength == 0) {
      throw new IllegalStateException("no UPDATE wrapped (or the last wrap failed)");
    }
    return new BgpUpdate(
        wire.buffer().retainedSlice(messageOffset(), messageLength), options, hasHeader);
  }

  /**
   * The body at {@code offset}, whose bytes {@link #wire} has loaded from {@code messageStart} on
   * (when they fit the buffer).
   */
  private UpdateView body(
      ByteBuf buf, int offset, int length, BgpSessionOptions options, int messageStart) {
    if (this.options != options) { // a reference store costs GC barriers; mostly not needed
      this.options = options;
    }
    this.messageLength = offset + length - messageStart;
    int end = offset + length;
    int r = offset - messageStart; // the body's position in the loaded range
    if (length < 4 || length > buf.capacity() - offset) {
      throw BgpDecodeException.of(
          buf,
          offset,
          messageStart,
          Math.min(end, buf.capacity()),
          "UPDATE",
          UPDATE_MESSAGE_ERROR,
          UPDATE_MALFORMED_ATTRIBUTE_LIST,
          "body of " + length + " bytes is too short or exceeds the buffer");
    }
    byte[] m = wire.array();
    int wlen = Wire.u16(m, r);
    if (2 + wlen + 2 > length) {
      throw BgpDecodeException.of(
          buf,
          offset,
          messageStart,
          end,
          "UPDATE/withdrawn-length",
          UPDATE_MESSAGE_ERROR,
          UPDATE_MALFORMED_ATTRIBUTE_LIST,
          "withdrawn routes length " + wlen + " exceeds the message (RFC 4271 §6.3)");
    }
    int alenAt = r + 2 + wlen;
    int alen = Wire.u16(m, alenAt);
    if (2 + wlen + 2 + alen > length) {
      throw BgpDecodeException.of(
          buf,
          messageStart + alenAt,
          messageStart,
          end,
          "UPDATE/attributes-length",
          UPDATE_MESSAGE_ERROR,
          UPDATE_MALFORMED_ATTRIBUTE_LIST,
          "total path attribute length " + alen + " exceeds the message (RFC 4271 §6.3)");
    }
    withdrawnOffset = r + 2;
    withdrawnLength = wlen;
    nlriOffset = alenAt + 2 + alen;
    nlriLength = r + length - nlriOffset;
    own.clear();
    SharedWire.attributes().wrap(attributes, wire, alenAt + 2, alen, options);

    boolean ap = options.addPathReceive(1, 1);
    if (ap || !plainIpv4(m, withdrawnOffset, withdrawnLength)) {
      checkRoutes(withdrawnCursor, withdrawnOffset, withdrawnLength, ap, "Withdrawn Routes");
    }
    if (ap || !plainIpv4(m, nlriOffset, nlriLength)) {
      checkRoutes(nlriCursor, nlriOffset, nlriLength, ap, "NLRI");
    }
    boolean ipv4Nlri = nlriLength > 0;
    boolean mpNlri = attributes.hasMpReach() && attributes.mpReachNlriLength() > 0;
    if (ipv4Nlri || mpNlri) {
      missing(1, "ORIGIN");
      missing(2, "AS_PATH");
      if (ipv4Nlri) {
        missing(3, "NEXT_HOP");
      }
      // LOCAL_PREF is required on iBGP (RFC 4271 §5.1.5) but is not well-known mandatory: its
      // absence is no error (RFC 4271 §6.3 lists only ORIGIN, AS_PATH and NEXT_HOP).
    }
    ErrorAction strongest = attributes.action().max(own.strongest());
    if (action != strongest) {
      action = strongest;
    }
    // RFC 7606 §5.2: without reachable NLRI we cannot be sure the NLRI were parsed correctly.
    boolean reachable = ipv4Nlri || attributes.isPresent(14);
    if (!reachable
        && action.compareTo(ErrorAction.ATTRIBUTE_DISCARD) > 0
        && action.compareTo(SESSION_RESET) < 0
        && hasAttributesBesidesMpUnreach()) {
      own.add(
          -1,
          SESSION_RESET,
          UPDATE_MESSAGE_ERROR,
          UPDATE_MALFORMED_ATTRIBUTE_LIST,
          Bytes.EMPTY,
          messageStart,
          "attribute errors in an UPDATE without reachable NLRI escalate to session reset"
              + " (RFC 7606 §5.2)");
      action = SESSION_RESET;
    }
    return this;
  }

  /** An IPv4 unicast field through a cursor, recording what is wrong with it. */
  private void checkRoutes(NlriCursor c, int offset, int length, boolean ap, String field) {
    if (!over(c, offset, length, ap).validate()) {
      own.add(
          -1,
          SESSION_RESET,
          UPDATE_MESSAGE_ERROR,
          UPDATE_INVALID_NETWORK_FIELD,
          Bytes.EMPTY,
          c.errorOffset(),
          field + ": " + c.errorReason());
    }
    trailingBits(c, field);
  }

  /** {@code c} wrapped over an IPv4 unicast field of the message, reading the loaded bytes. */
  private NlriCursor over(NlriCursor c, int offset, int length, boolean ap) {
    SharedWire.nlri().wrap(c, wire, offset, length, 1, 1, ap);
    return c;
  }

  /**
   * Whether an IPv4 unicast field (at a position relative to the loaded range) without path
   * identifiers is well-formed and has no bits set beyond any prefix length: the common case,
   * checked without a cursor (else the cursor checks it again and says what is wrong).
   */
  private static boolean plainIpv4(byte[] m, int offset, int length) {
    int p = offset;
    int end = offset + length;
    while (p < end) {
      int bits = Wire.u8(m, p);
      int next = p + 1 + ((bits + 7) >>> 3);
      if (bits > 32 || next > end) {
        return false;
      }
      if ((bits & 7) != 0 && (Wire.u8(m, next - 1) & (0xff >>> (bits & 7))) != 0) {
        return false;
      }
      p = next;
    }
    return true;
  }

  private void trailingBits(NlriCursor c, String field) {
    if (c.trailingBitsCount() > 0) {
      own.add(
          -1,
          ErrorAction.NONE,
          0,
          0,
          Bytes.EMPTY,
          c.firstTrailingBitsOffset(),
          field
              + ": "
              + c.trailingBitsCount()
              + " prefix(es) with bits set beyond the prefix length, masked (RFC 4271 §4.3)");
    }
  }

  private boolean hasAttributesBesidesMpUnreach() {
    AttributeCursor a = attributes.cursor();
    while (a.next()) {
      if (a.type() != 15) {
        return true;
      }
    }
    return attributes.issueCount() > 0 && !attributes.isPresent(15);
  }

  private void missing(int type, String name) {
    if (!attributes.isPresent(type)) {
      own.add(
          type,
          TREAT_AS_WITHDRAW,
          UPDATE_MESSAGE_ERROR,
          UPDATE_MISSING_WELL_KNOWN_ATTRIBUTE,
          Bytes.of(new byte[] {(byte) type}),
          messageOffset(),
          "missing well-known attribute " + name + " (RFC 7606 §3 d)");
    }
  }

  /** The path attributes. */
  public PathAttributesView attributes() {
    return attributes;
  }

  /** A cursor over the Withdrawn Routes field (IPv4 unicast), from its start on each call. */
  public NlriCursor withdrawn() {
    return over(withdrawnCursor, withdrawnOffset, withdrawnLength, options.addPathReceive(1, 1));
  }

  /** A cursor over the NLRI field (IPv4 unicast), from its start on each call. */
  public NlriCursor nlri() {
    return over(nlriCursor, nlriOffset, nlriLength, options.addPathReceive(1, 1));
  }

  /** Absolute offset of the Withdrawn Routes field. */
  public int withdrawnOffset() {
    return withdrawnOffset + wire.origin();
  }

  /** Length of the Withdrawn Routes field. */
  public int withdrawnLength() {
    return withdrawnLength;
  }

  /** Absolute offset of the NLRI field. */
  public int nlriOffset() {
    return nlriOffset + wire.origin();
  }

  /** Length of the NLRI field. */
  public int nlriLength() {
    return nlriLength;
  }

  /** Absolute offset of the message (its header, or its body when wrapped with wrapBody). */
  public int messageOffset() {
    return wire.origin(); // where the wrap loaded from: the header, or the body for wrapBody
  }

  /** Length of the wrapped message. */
  public int messageLength() {
    return messageLength;
  }

  /** The options the view was wrapped with. */
  public BgpSessionOptions options() {
    return options;
  }

  /** The strongest RFC 7606 action for this UPDATE. */
  public ErrorAction action() {
    return action;
  }

  /** Every issue: the attributes' first, then the message-level ones (allocates). */
  public ImmutableList<UpdateIssue> issues() {
    ImmutableList.Builder<UpdateIssue> b = ImmutableList.builder();
    b.addAll(attributes.issues());
    for (int i = 0; i < own.size(); i++) {
      b.add(own.get(i));
    }
    return b.build();
  }

  /** Number of issues. */
  public int issueCount() {
    return attributes.issueCount() + own.size();
  }

  /**
   * Whether this is an End-of-RIB marker (RFC 4724 §2): an empty UPDATE, or one holding only an
   * empty MP_UNREACH_NLRI. False when no UPDATE is wrapped (none yet, or the last wrap failed).
   */
  public boolean isEndOfRib() {
    if (messageLength == 0 || withdrawnLength != 0 || nlriLength != 0) {
      return false;
    }
    if (attributes.length() == 0) {
      return true;
    }
    return attributes.count() == 1
        && attributes.hasMpUnreach()
        && attributes.mpUnreachNlriLength() == 0;
  }
}
