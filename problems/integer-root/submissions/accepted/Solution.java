import java.io.DataInputStream;
import java.io.IOException;

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
        int q = (int) nextLong();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long x = nextLong();
            // lo * lo <= x < hi * hi; mid <= 10^9 + 1, so mid * mid fits in a long.
            long lo = 0, hi = 1000000001L;
            while (hi - lo > 1) {
                long mid = (lo + hi) >>> 1;
                if (mid * mid <= x) lo = mid;
                else hi = mid;
            }
            out.append(lo).append('\n');
        }
        System.out.print(out);
    }
}
