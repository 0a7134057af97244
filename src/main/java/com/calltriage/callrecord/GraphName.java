package com.calltriage.callrecord;

/** An enum constant that Graph spells a certain way, for reading Graph's enum strings leniently. */
public interface GraphName {
    String graphName();

    /**
     * The constant Graph's value names, ignoring case; {@code unknown} for anything else, since
     * Graph adds values over time ({@code unknownFutureValue} and newer ones).
     */
    static <E extends Enum<E> & GraphName> E parse(Class<E> type, String value, E unknown) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (!constant.graphName().isEmpty() && constant.graphName().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
        }
        return unknown;
    }
}
