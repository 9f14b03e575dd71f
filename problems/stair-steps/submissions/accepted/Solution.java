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

    private static int nextInt() throws IOException {
        int c = read();
        while (c < '0' || c > '9') c = read();
        int v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return v;
    }

    public static void main(String[] args) throws IOException {
        final long MOD = 1_000_000_007L;
        int q = nextInt();
        int[] ns = new int[q];
        int top = 0;
        for (int i = 0; i < q; i++) {
            ns[i] = nextInt();
            top = Math.max(top, ns[i]);
        }
        // ways[n] = ways[n-1] + ways[n-2] + ways[n-3]; ways[0] = 1 is the empty climb.
        long[] ways = new long[top + 1];
        ways[0] = 1;
        for (int n = 1; n <= top; n++) {
            long v = ways[n - 1];
            if (n >= 2) v += ways[n - 2];
            if (n >= 3) v += ways[n - 3];
            ways[n] = v % MOD;
        }
        StringBuilder out = new StringBuilder(q * 11);
        for (int n : ns) out.append(ways[n]).append('\n');
        System.out.print(out);
    }
}
