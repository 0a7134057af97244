package com.calltriage.quality;

/** How bad a reason is, in the words of Microsoft's call analytics. */
public enum Severity {
    /** Significant: likely the main cause of the poor call. Makes the verdict Poor. */
    RED,
    /** Outside the normal range: may contribute, unlikely to be the main cause. */
    YELLOW,
    /** Worth saying but not a judgement, such as "app sharing is not classified". */
    NOTE;

    public boolean isMainCauseCandidate() {
        return this == RED;
    }
}
