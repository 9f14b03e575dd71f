import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

public class Solution {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, pos = 0;

    private static int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, buf.length);
            pos = 0;
            if (len <= 0) return -1;
        }
        return buf[pos++];
    }

    private static long nextLong() throws IOException {
        int c = read();
        while (c != '-' && (c < '0' || c > '9')) c = read();
        boolean neg = c == '-';
        if (neg) c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return neg ? -v : v;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        // Finish in the high bits, start in the low 31 bits: a primitive sort orders the
        // talks by finish time.
        long[] t = new long[n];
        for (int i = 0; i < n; i++) {
            long s = nextLong(), e = nextLong();
            t[i] = (e << 31) | s;
        }
        Arrays.sort(t);
        long mask = (1L << 31) - 1, freeAt = 0;
        int count = 0;
        for (long v : t) {
            if ((v & mask) >= freeAt) {
                count++;
                freeAt = v >>> 31;
            }
        }
        System.out.println(count);
    }
}
