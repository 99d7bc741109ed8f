package com.boxoffice.catalog.control;

/** Row labels run A..Z, then AA, AB, ... like spreadsheet columns; index 0 is row A. */
public final class RowLabels {

    private RowLabels() {
    }

    public static String label(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("row index must be 0 or more");
        }
        StringBuilder label = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            label.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return label.toString();
    }

    /** The index of a label such as "A" or "AB"; -1 when it is not a row label. */
    public static int index(String label) {
        if (label == null || label.isEmpty() || label.length() > 3) {
            return -1;
        }
        int n = 0;
        for (char c : label.toCharArray()) {
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }
}
