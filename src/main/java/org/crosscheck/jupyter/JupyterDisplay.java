package org.crosscheck.jupyter;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Function;
import org.crosscheck.claim.Claim;
import org.crosscheck.io.Run;
import org.crosscheck.reconcile.Assessment;
import org.crosscheck.reconcile.Group;
import org.crosscheck.reconcile.Report;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * Shows Crosscheck's reports, runs, groups, assessments and claims as HTML in Jupyter notebooks
 * run by the JJava kernel: a cell whose last expression is a report shows its fragment ({@link
 * Report#toHtml()}: a table of groups with small charts), and keeps the plain text ({@code
 * toString()}) beside it for front ends that show text only. JShell, which knows nothing of this,
 * keeps printing the plain text.
 *
 * <p>The kernel finds this extension by itself: the library's jar lists it in {@code
 * META-INF/services/org.dflib.jjava.jupyter.Extension}, which JJava reads from the jars a notebook
 * adds ({@code %maven org.crosscheck:crosscheck:…}). The kernel's library ({@code
 * org.dflib.jjava:jjava-jupyter}) is an optional dependency of Crosscheck: the kernel brings it.
 */
@SuppressWarnings("exports") // JJava is optional: the kernel that loads this class brings it
public final class JupyterDisplay implements Extension {

  /** The extension; the kernel creates it through {@link java.util.ServiceLoader}. */
  public JupyterDisplay() {}

  /** Called by the kernel when it loads the extension: registers the renderers with the kernel's. */
  @Override
  public void install(BaseKernel kernel) {
    register(kernel.getRenderer());
  }

  /** Registers, with {@code renderer}, HTML (preferred) and plain text for each Crosscheck type that has a fragment. */
  public static void register(Renderer renderer) {
    checkNotNull(renderer, "renderer");
    register(renderer, Report.class, Report::toHtml);
    register(renderer, Run.class, Run::toHtml);
    register(renderer, Group.class, Group::toHtml);
    register(renderer, Assessment.class, Assessment::toHtml);
    register(renderer, Claim.class, Claim::toHtml);
  }

  private static <T> void register(Renderer renderer, Class<T> type, Function<T, String> html) {
    renderer.createRegistration(type)
        .preferring(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .supporting(MIMEType.TEXT_HTML, MIMEType.TEXT_PLAIN)
        .register((value, context) -> {
          context.renderIfRequested(MIMEType.TEXT_HTML, () -> html.apply(value));
          context.renderIfRequested(MIMEType.TEXT_PLAIN, value::toString);
        });
  }
}
