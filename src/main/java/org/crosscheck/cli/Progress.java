package org.crosscheck.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.crosscheck.io.Pipeline;

/**
 * A progress bar on standard error: the phase ({@code extracting}, {@code echoes}, {@code
 * reconciling}), how far it is, and an estimate of the time left in it, like {@code
 * [#########                     ] extracting 120/400 documents, about 0:42 left}. Shown only when
 * standard error is a terminal and the work has run for more than a second; nothing is written
 * otherwise, so logs and pipes stay clean.
 */
final class Progress implements Pipeline.Progress {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final boolean terminal;
  private final long start;
  private final Clock clock;
  private String phase = "working";
  private int total;
  private long phaseStart;
  private boolean shown;
  private int lastLength;

  /** Nanoseconds, monotonic; a seam for tests. */
  interface Clock {
    long nanoTime();
  }

  Progress(PrintStream err, boolean terminal) {
    this(err, terminal, System::nanoTime);
  }

  Progress(PrintStream err, boolean terminal, Clock clock) {
    this.err = err;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.nanoTime();
    this.phaseStart = start;
  }

  /** Whether standard error is a terminal (Linux: fd 2 points at a tty; elsewhere: a console exists). */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.exists(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (Exception e) {
      // fall through
    }
    return System.console() != null;
  }

  @Override
  public void phase(String name, int steps) {
    phase = name;
    total = steps;
    phaseStart = clock.nanoTime();
    if (shown && terminal) draw(0);
  }

  @Override
  public void accept(int done) {
    if (!terminal || total <= 0) return;
    if (!shown && clock.nanoTime() - start < 1_000_000_000L) return;
    shown = true;
    draw(done);
  }

  private void draw(int done) {
    String line = line(done);
    // spaces over what is left of a longer line before
    err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
    lastLength = line.length();
    if (done >= total) {
      err.println();
      lastLength = 0;
    }
    err.flush();
  }

  /** The bar's text after {@code done} of this phase's steps. */
  String line(int done) {
    int filled = (int) ((long) Math.min(done, total) * WIDTH / Math.max(1, total));
    StringBuilder sb = new StringBuilder("[").append("#".repeat(filled)).append(" ".repeat(WIDTH - filled)).append("] ")
        .append(phase);
    if (total > 1) sb.append(' ').append(done).append('/').append(total).append(" documents");
    if (done > 0 && done < total) {
      long elapsed = clock.nanoTime() - phaseStart;
      long left = elapsed / done * (total - done) / 1_000_000_000L;
      sb.append(String.format(Locale.ROOT, ", about %d:%02d left", left / 60, left % 60));
    } else if (done == 0 && total <= 1) {
      sb.append('\u2026');
    }
    return sb.toString();
  }
}
