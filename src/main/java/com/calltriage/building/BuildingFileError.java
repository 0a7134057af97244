package com.calltriage.building;

/**
 * Why a building file was refused: a bad line, or the file as a whole.
 *
 * @param line   the 1-based line number, or {@link #WHOLE_FILE}
 * @param reason what is wrong, naming the column and the value
 */
public record BuildingFileError(int line, String reason) {
    public static final int WHOLE_FILE = 0;

    /** As printed for the person who wrote the file: {@code line 7: NetworkRange 30 is outside 8-28 (...)}. */
    @Override
    public String toString() {
        return line == WHOLE_FILE ? reason : "line " + line + ": " + reason;
    }
}
