// Patience method: tails[k] is the smallest last value of a rising subsequence of length k + 1.
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
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = read();
        boolean negative = c == '-';
        if (negative) c = read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = read();
        }
        return negative ? -value : value;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        long[] tails = new long[n];
        int size = 0;
        for (int i = 0; i < n; i++) {
            long x = nextLong();
            int lo = 0, hi = size;  // first k with tails[k] >= x
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1;
                else hi = mid;
            }
            tails[lo] = x;
            if (lo == size) size++;
        }
        System.out.println(size);
    }
}
