import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

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

    private static int[] parent;

    private static int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), m = (int) nextLong();
        int[] a = new int[m], b = new int[m];
        // Each key packs a cable's cost (high bits) and its index (low 18 bits),
        // so a primitive sort orders the cables by cost.
        long[] key = new long[m];
        for (int i = 0; i < m; i++) {
            a[i] = (int) nextLong();
            b[i] = (int) nextLong();
            long c = nextLong();
            key[i] = (c << 18) | i;
        }
        Arrays.sort(key);
        parent = new int[n + 1];
        for (int i = 0; i <= n; i++) parent[i] = i;
        long total = 0;
        int joined = 0;
        for (int k = 0; k < m && joined < n - 1; k++) {
            int i = (int) (key[k] & ((1 << 18) - 1));
            int x = find(a[i]), y = find(b[i]);
            if (x != y) {
                parent[x] = y;
                total += key[k] >>> 18;
                joined++;
            }
        }
        System.out.println(joined == n - 1 ? total : -1);
    }
}
