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
        int n = (int) nextLong();
        long[] h = new long[n];
        for (int i = 0; i < n; i++) h[i] = nextLong();
        // Two pointers, moving the side with the lower wall so far.
        int lo = 0, hi = n - 1;
        long leftMax = 0, rightMax = 0, total = 0;
        while (lo <= hi) {
            if (leftMax <= rightMax) {
                if (h[lo] > leftMax) leftMax = h[lo];
                else total += leftMax - h[lo];
                lo++;
            } else {
                if (h[hi] > rightMax) rightMax = h[hi];
                else total += rightMax - h[hi];
                hi--;
            }
        }
        System.out.println(total);
    }
}
