package org.ixwire.sflow.record;

import org.jspecify.annotations.Nullable;

/**
 * One field of a {@link RecordSchema}.
 *
 * @param name the field name (the key sflowtool prints, where it prints one)
 * @param type the XDR type
 * @param maxLength for strings: sflowtool's buffer size (it prints at most {@code maxLength - 1}
 *     bytes); 0 = unbounded
 * @param element for {@link FieldType#STRUCT_ARRAY}: the element structure
 * @param optional true when the field (and every later one) is present only if the record is long
 *     enough (fields added to a structure after its first publication)
 */
public record Field(
    String name, FieldType type, int maxLength, @Nullable RecordSchema element, boolean optional) {

  /** A mandatory scalar field. */
  public static Field of(String name, FieldType type) {
    return new Field(name, type, 0, null, false);
  }
}
