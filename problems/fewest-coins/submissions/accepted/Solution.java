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
        while (c < '0' || c > '9') c = read();
        long v = 0;
        while (c >= '0' && c <= '9') {
            v = v * 10 + (c - '0');
            c = read();
        }
        return v;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), amount = (int) nextLong();
        // best[x]: fewest coins adding up to x; amount + 1 means "impossible" (no payment
        // needs more than `amount` coins).
        final int inf = amount + 1;
        int[] best = new int[amount + 1];
        java.util.Arrays.fill(best, inf);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            long cl = nextLong();
            if (cl > amount) continue;
            int c = (int) cl;
            for (int x = c; x <= amount; x++) {
                int v = best[x - c] + 1;
                if (v < best[x]) best[x] = v;
            }
        }
        System.out.println(best[amount] < inf ? best[amount] : -1);
    }
}
