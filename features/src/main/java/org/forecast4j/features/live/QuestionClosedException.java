package org.forecast4j.features.live;

import java.time.Instant;

/**
 * A live read of a question at or after its close: its deadline (as known from the latest price that quoted a
 * close, else the question's) or its resolution. No probability is given for a closed question.
 *
 * @serial exclude
 */
public final class QuestionClosedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String question;
    private final Instant closedAt;

    /**
     * @param question the question's id
     * @param closedAt when it closed
     * @param why "its deadline" or "its resolution"
     * @param readAt the time of the read
     */
    public QuestionClosedException(String question, Instant closedAt, String why, Instant readAt) {
        super("question '" + question + "' closed at " + closedAt + " (" + why + "); no probability is given at "
                + readAt);
        this.question = question;
        this.closedAt = closedAt;
    }

    /** @return the question's id */
    public String question() {
        return question;
    }

    /** @return when it closed */
    public Instant closedAt() {
        return closedAt;
    }
}
