// Fast exponentiation with the running values in int: the products overflow 32 bits
// as soon as m is larger than about 46341.
import java.io.*;
import java.util.*;

public class int_product {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        int q = Integer.parseInt(br.readLine().trim());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer st = new StringTokenizer(br.readLine());
            long a = Long.parseLong(st.nextToken());
            long b = Long.parseLong(st.nextToken());
            int m = Integer.parseInt(st.nextToken());
            int base = (int) (a % m);
            int result = 1 % m;
            while (b > 0) {
                if ((b & 1) == 1) result = result * base % m;
                base = base * base % m;
                b >>= 1;
            }
            sb.append(result).append('\n');
        }
        System.out.print(sb);
    }
}
