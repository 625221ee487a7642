package org.ixwire.bgp.internal;

import com.google.common.collect.ImmutableList;
import io.netty.buffer.ByteBuf;
import java.util.ArrayList;
import java.util.List;
import org.ixwire.bgp.attribute.Bytes;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.error.UpdateIssue;

/**
 * Reusable collector of RFC 7606 issues for a view: nothing is allocated while no issue is found
 * (the common case); issues themselves are rare and allocate.
 */
public final class IssueList {
  private final List<UpdateIssue> issues = new ArrayList<>(0);
  private ErrorAction strongest = ErrorAction.NONE;

  /** Forgets every issue. */
  public void clear() {
    if (!issues.isEmpty()) {
      issues.clear();
      strongest = ErrorAction.NONE; // only an add raises it (no reference store, no GC barrier)
    }
  }

  /** Records an issue whose NOTIFICATION data is the bytes {@code [dataOff, dataOff+dataLen)}. */
  public void add(
      int attributeType,
      ErrorAction action,
      int code,
      int subcode,
      ByteBuf buf,
      int dataOff,
      int dataLen,
      int offset,
      String reason) {
    Bytes data = dataLen > 0 ? Bytes.read(buf, dataOff, Math.min(dataLen, 4096)) : Bytes.EMPTY;
    issues.add(new UpdateIssue(attributeType, action, code, subcode, data, offset, reason));
    strongest = strongest.max(action);
  }

  /** Records an issue with NOTIFICATION data {@code data}. */
  public void add(
      int attributeType,
      ErrorAction action,
      int code,
      int subcode,
      Bytes data,
      int offset,
      String reason) {
    issues.add(new UpdateIssue(attributeType, action, code, subcode, data, offset, reason));
    strongest = strongest.max(action);
  }

  /** Raises every issue's action to at least {@code action} (RFC 7606 §5.2 escalation). */
  public void escalate(ErrorAction from, ErrorAction to, String why) {
    for (int i = 0; i < issues.size(); i++) {
      UpdateIssue u = issues.get(i);
      if (u.action().compareTo(from) >= 0 && u.action().compareTo(to) < 0) {
        issues.set(
            i,
            new UpdateIssue(
                u.attributeType(),
                to,
                u.errorCode(),
                u.errorSubcode(),
                u.data(),
                u.offset(),
                u.reason() + "; " + why));
        strongest = strongest.max(to);
      }
    }
  }

  /** The number of issues. */
  public int size() {
    return issues.size();
  }

  /** Issue {@code i}. */
  public UpdateIssue get(int i) {
    return issues.get(i);
  }

  /** The strongest action, {@link ErrorAction#NONE} when there is no issue. */
  public ErrorAction strongest() {
    return strongest;
  }

  /** A copy of the issues. */
  public ImmutableList<UpdateIssue> toList() {
    return ImmutableList.copyOf(issues);
  }

  /** Whether any issue concerns attribute {@code type} with at least {@code action}. */
  public boolean has(int type, ErrorAction action) {
    for (UpdateIssue u : issues) {
      if (u.attributeType() == type && u.action().compareTo(action) >= 0) {
        return true;
      }
    }
    return false;
  }
}
