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
        // Pack each booking into one long (l in the high bits, r in the low 31 bits)
        // so that a primitive sort orders them by start, then end.
        long[] b = new long[n];
        for (int i = 0; i < n; i++) {
            long l = nextLong(), r = nextLong();
            b[i] = (l << 31) | r;
        }
        Arrays.sort(b);
        StringBuilder out = new StringBuilder();
        int m = 0;
        long curL = -1, curR = -1;
        for (long v : b) {
            long l = v >>> 31, r = v & ((1L << 31) - 1);
            if (curR >= 0 && l <= curR) {
                if (r > curR) curR = r;
            } else {
                if (curR >= 0) {
                    out.append(curL).append(' ').append(curR).append('\n');
                    m++;
                }
                curL = l;
                curR = r;
            }
        }
        out.append(curL).append(' ').append(curR).append('\n');
        m++;
        System.out.print(m + "\n" + out);
    }
}
