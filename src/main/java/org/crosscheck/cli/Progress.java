package org.crosscheck.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * A progress bar on standard error, shown only when standard error is a terminal and the work has
 * run for more than a second. Nothing is written otherwise, so logs and pipes stay clean.
 */
final class Progress implements IntConsumer {
  private final PrintStream err;
  private final int total;
  private final long start = System.nanoTime();
  private final boolean terminal;
  private boolean shown;

  Progress(PrintStream err, int total, boolean terminal) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
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
  public void accept(int done) {
    if (!terminal || total <= 0) return;
    if (!shown && System.nanoTime() - start < 1_000_000_000L) return;
    shown = true;
    int width = 30;
    int filled = (int) ((long) done * width / total);
    err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d documents", "#".repeat(filled), " ".repeat(width - filled), done,
        total));
    if (done == total) err.print("\n");
    err.flush();
  }
}
