/**
 * The notebook side of the {@code forecast} tool: the class path and startup script of {@code forecast shell}
 * (JShell with every module on the class path and the public packages imported), a runner for {@code .jsh}
 * scripts that fails on the first rejected snippet or exception, and the helpers a notebook calls
 * ({@link org.forecast4j.cli.shell.Notebook}).
 */
package org.forecast4j.cli.shell;
