import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;

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
        while (c < '0' || c > '9') c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return v;
    }

    // The number of 1 bits in 1, 2, ..., n: among 0..n, bit k follows a pattern of
    // 2^k zeros then 2^k ones, repeating every 2^(k+1) numbers.
    private static long total(long n) {
        long cnt = n + 1, res = 0;
        for (int k = 0; (1L << k) <= n; k++) {
            long block = 1L << (k + 1), half = 1L << k;
            res += (cnt / block) * half + Math.max(0L, cnt % block - half);
        }
        return res;
    }

    public static void main(String[] args) throws IOException {
        int q = (int) nextLong();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) out.append(total(nextLong())).append('\n');
        PrintStream ps = new PrintStream(System.out, false);
        ps.print(out);
        ps.flush();
    }
}
