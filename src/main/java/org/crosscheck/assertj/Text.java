package org.crosscheck.assertj;

/** Text shown as is in a failure message (AssertJ would quote a plain string). */
record Text(String text) {
  @Override
  public String toString() {
    return text;
  }

  static Text indented(String block) {
    return new Text(block.stripTrailing().replace("\n", "\n  "));
  }
}
