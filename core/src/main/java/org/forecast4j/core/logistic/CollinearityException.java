package org.forecast4j.core.logistic;

import java.util.List;
import org.forecast4j.core.io.InvalidInputException;

/**
 * The design matrix (the intercept column and the features) does not have full column rank: a feature is
 * constant, or is a linear combination of others, or there are fewer rows than parameters. The coefficients are
 * then not identified. The message names the features involved and the linear relation found.
 *
 * @serial exclude
 */
public final class CollinearityException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final List<String> features;

    /**
     * @param features the parameters involved ({@code "intercept"} included when it is)
     * @param problem the full message
     */
    CollinearityException(List<String> features, String problem) {
        super(null, 0, null, null, problem);
        this.features = List.copyOf(features);
    }

    /**
     * @return the parameters involved in the linear dependence, the dependent feature first; may include
     *     {@code "intercept"}
     */
    public List<String> features() {
        return features;
    }
}
