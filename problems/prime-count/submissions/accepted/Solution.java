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
        int q = nextInt();
        int[] ns = new int[q];
        int top = 1;
        for (int i = 0; i < q; i++) {
            ns[i] = nextInt();
            top = Math.max(top, ns[i]);
        }
        // Sieve once, then count[k] = number of primes <= k.
        boolean[] composite = new boolean[top + 1];
        composite[0] = composite[1] = true;
        for (long i = 2; i * i <= top; i++)
            if (!composite[(int) i])
                for (long j = i * i; j <= top; j += i) composite[(int) j] = true;
        int[] count = new int[top + 1];
        for (int k = 1; k <= top; k++) count[k] = count[k - 1] + (composite[k] ? 0 : 1);
        StringBuilder out = new StringBuilder();
        for (int n : ns) out.append(count[n]).append('\n');
        PrintStream ps = new PrintStream(System.out, false);
        ps.print(out);
        ps.flush();
    }
}
