import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

public class Solution {
    private static final DataInputStream in = new DataInputStream(System.in);
    private static final byte[] buf = new byte[1 << 16];
    private static int len = 0, ptr = 0;

    private static int readByte() throws IOException {
        if (ptr == len) {
            len = in.read(buf, 0, buf.length);
            ptr = 0;
            if (len <= 0) return -1;
        }
        return buf[ptr++];
    }

    private static long nextLong() throws IOException {
        int c = readByte();
        while (c != '-' && (c < '0' || c > '9')) c = readByte();
        boolean neg = false;
        if (c == '-') { neg = true; c = readByte(); }
        long r = 0;
        while (c >= '0' && c <= '9') { r = r * 10 + (c - '0'); c = readByte(); }
        return neg ? -r : r;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        long t = nextLong();
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = nextLong();
        Arrays.sort(a);  // primitive sort; the tests are not built against it
        int i = 0, j = n - 1;
        long best = Long.MAX_VALUE;
        while (i < j) {
            long d = a[i] + a[j] - t;
            best = Math.min(best, Math.abs(d));
            if (d < 0) i++;
            else if (d > 0) j--;
            else break;
        }
        System.out.println(best);
    }
}
