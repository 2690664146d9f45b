package org.forecast4j.core.trading;

/** Which contract of a binary market to buy. */
public enum Side {
    /** Buy the contract that pays 1 if the event happens. */
    YES,
    /** Buy the contract that pays 1 if the event does not happen. */
    NO,
    /** Neither side has a positive edge after fees: do not trade. */
    NONE
}
