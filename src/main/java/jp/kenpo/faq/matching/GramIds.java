package jp.kenpo.faq.matching;

import java.util.Arrays;

/**
 * Bigram key → id, open addressing over primitive arrays: a question's bigrams are looked up without building a
 * string or a boxed key for each. Written while the index is built, read only afterwards.
 */
final class GramIds {

    private static final long EMPTY = -1;

    private long[] keys = filled(1024);
    private int[] ids = new int[1024];
    private int size;

    /** The id of a key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return ids[slot];
            }
            if (keys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    void put(long key, int id) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        size += keys[slot] == EMPTY ? 1 : 0;
        keys[slot] = key;
        ids[slot] = id;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = filled(oldKeys.length * 2);
        ids = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                put(oldKeys[i], oldIds[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }

    private static long[] filled(int length) {
        long[] array = new long[length];
        Arrays.fill(array, EMPTY);
        return array;
    }
}
