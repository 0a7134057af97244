package com.calltriage.building;

import java.util.OptionalInt;

/** IPv4 addresses as 32-bit ints, so a prefix match is a mask and a hash lookup. */
final class Ipv4 {
    static final int BITS = 32;

    private Ipv4() {
    }

    /**
     * Parses strict dotted-quad notation. Leading zeros are refused: some tools read {@code 010} as octal,
     * so the address such a file means is ambiguous.
     */
    static OptionalInt parse(String text) {
        if (text == null) {
            return OptionalInt.empty();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return OptionalInt.empty();
        }
        int address = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')
                    || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return OptionalInt.empty();
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                return OptionalInt.empty();
            }
            address = (address << 8) | octet;
        }
        return OptionalInt.of(address);
    }

    /** The address with its host bits cleared, for a prefix of the given length. */
    static int network(int address, int prefixLength) {
        return prefixLength == 0 ? 0 : address & (-1 << (BITS - prefixLength));
    }

    static String format(int address) {
        return (address >>> 24) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
    }
}
