package org.forecast4j.core.newton;

/**
 * The Hessian became numerically singular and {@link NewtonOptions#ridgeWhenSingular()} is off: fitted
 * probabilities at 0 or 1 (separated outcomes), collinear columns without a prior, or columns on scales beyond
 * double precision. Callers turn it into a message that says which and what to do.
 */
public final class SingularHessianException extends RuntimeException {
    /** The serialisation version. */
    private static final long serialVersionUID = 1L;

    /** The Newton iterations completed when the Hessian was found singular. */
    private final int iteration;

    /** @param iteration the Newton iterations completed when the Hessian was found singular */
    SingularHessianException(int iteration) {
        super("the Hessian is numerically singular at iteration " + iteration);
        this.iteration = iteration;
    }

    /** @return the Newton iterations completed when the Hessian was found singular, {@code >= 0} */
    public int iteration() {
        return iteration;
    }
}
