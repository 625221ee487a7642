package org.ixwire.bgp;

import com.google.common.collect.ImmutableList;
import org.ixwire.bgp.error.ErrorAction;
import org.ixwire.bgp.error.UpdateIssue;
import org.ixwire.bgp.message.Update;
import org.ixwire.bgp.nlri.Nlri;

/**
 * An UPDATE decoded into values with its RFC 7606 outcome.
 *
 * @param update the UPDATE: every attribute that could be framed (malformed ones raw, as {@link
 *     org.ixwire.bgp.attribute.UnknownAttribute}) and every route
 * @param action the strongest RFC 7606 action
 * @param issues every problem found
 * @param treatAsWithdraw the routes to handle as withdrawn under {@link
 *     ErrorAction#TREAT_AS_WITHDRAW} (all announced routes), else empty
 */
public record UpdateResult(
    Update update,
    ErrorAction action,
    ImmutableList<UpdateIssue> issues,
    ImmutableList<Nlri> treatAsWithdraw) {

  /** Whether the UPDATE calls for no RFC 7606 action (informational issues may exist). */
  public boolean isClean() {
    return action == ErrorAction.NONE;
  }

  /**
   * Whether nothing at all was noticed, not even informational issues such as prefix bits beyond
   * the prefix length; only then does re-encoding the values reproduce the input exactly.
   */
  public boolean isPristine() {
    return action == ErrorAction.NONE && issues.isEmpty();
  }
}
