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
        final int MOD = 1_000_000_007;
        int n = nextInt(), amount = nextInt();
        // ways[x]: ways to pay x with the denominations handled so far (outer loop over
        // denominations, so each choice of coins is counted once).
        int[] ways = new int[amount + 1];
        ways[0] = 1;
        for (int i = 0; i < n; i++) {
            int c = nextInt();
            if (c > amount) continue;
            for (int x = c; x <= amount; x++) {
                int v = ways[x] + ways[x - c];  // both below MOD: the sum fits in int
                ways[x] = v >= MOD ? v - MOD : v;
            }
        }
        System.out.println(ways[amount]);
    }
}
