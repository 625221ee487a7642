package org.ixwire.bgp.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.ixwire.bgp.attribute.Bytes;
import org.junit.jupiter.api.Test;

class NotificationTest {
  @Test
  void shutdownCommunicationRoundTrips() {
    Notification n = Notification.shutdown(2, "maintenance, back at 14:00 UTC ✓");
    assertEquals(Optional.of("maintenance, back at 14:00 UTC ✓"), n.shutdownCommunication());
    assertThrows(IllegalArgumentException.class, () -> Notification.shutdown(2, "x".repeat(256)));
    assertEquals(255, Notification.shutdown(4, "y".repeat(255)).data().get(0));
  }

  @Test
  void malformedShutdownCommunicationIsEmpty() {
    // length beyond the data (RFC 9003 §3)
    assertTrue(new Notification(6, 2, Bytes.fromHex("0561")).shutdownCommunication().isEmpty());
    // invalid UTF-8
    assertTrue(new Notification(6, 2, Bytes.fromHex("02c328")).shutdownCommunication().isEmpty());
    // not a shutdown
    assertTrue(new Notification(6, 3, Bytes.fromHex("0161")).shutdownCommunication().isEmpty());
  }

  @Test
  void hardResetWrapsTheCause() {
    Notification n = new Notification(6, 9, Bytes.fromHex("0602026162"));
    Notification cause = n.hardResetCause().orElseThrow();
    assertEquals(6, cause.code());
    assertEquals(2, cause.subcode());
    assertEquals(Optional.of("ab"), cause.shutdownCommunication());
  }
}
