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

    // a^b mod m by repeated squaring; factors stay below m <= 10^9, products below 10^18.
    private static long powMod(long a, long b, long m) {
        long result = 1 % m, base = a % m;
        while (b > 0) {
            if ((b & 1) == 1) result = result * base % m;
            base = base * base % m;
            b >>= 1;
        }
        return result;
    }

    public static void main(String[] args) throws IOException {
        int q = (int) nextLong();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            long a = nextLong(), b = nextLong(), m = nextLong();
            out.append(powMod(a, b, m)).append('\n');
        }
        PrintStream ps = new PrintStream(System.out, false);
        ps.print(out);
        ps.flush();
    }
}
