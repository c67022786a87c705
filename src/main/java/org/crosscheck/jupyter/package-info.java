/**
 * Rich display in Jupyter through the JJava kernel's extension mechanism ({@link
 * org.crosscheck.jupyter.JupyterDisplay}); needs the kernel's library, an optional dependency.
 */
@NullMarked
package org.crosscheck.jupyter;

import org.jspecify.annotations.NullMarked;
