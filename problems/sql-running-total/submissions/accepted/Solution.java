import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

// Reads the data set (one INSERT per row) from stdin and prints the result table as SQLite
// would: a header row, then one tab-separated row per day in day order (nothing when there
// are no sales). Totals need 64 bits: up to 10^5 sales of up to 10^6 each.
public class Solution {
    private static final String PREFIX = "INSERT INTO ";

    // The values of one "INSERT INTO t VALUES (...);" line: strings unquoted, NULL as "NULL".
    static List<String> values(String line, int from) {
        List<String> out = new ArrayList<>();
        int i = line.indexOf('(', from) + 1, end = line.lastIndexOf(')');
        while (i < end) {
            while (i < end && (line.charAt(i) == ' ' || line.charAt(i) == ',')) i++;
            if (i >= end) break;
            StringBuilder v = new StringBuilder();
            if (line.charAt(i) == '\'') {
                for (i++; i < end; i++) {
                    char c = line.charAt(i);
                    if (c == '\'') {
                        if (i + 1 < end && line.charAt(i + 1) == '\'') { v.append('\''); i++; }
                        else { i++; break; }
                    } else v.append(c);
                }
            } else {
                while (i < end && line.charAt(i) != ',' && line.charAt(i) != ' ') v.append(line.charAt(i++));
            }
            out.add(v.toString());
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        TreeMap<String, Long> revenue = new TreeMap<>(); // 'YYYY-MM-DD' sorts in calendar order
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.startsWith(PREFIX)) continue;
            int sp = line.indexOf(' ', PREFIX.length());
            if (!line.substring(PREFIX.length(), sp).equals("sales")) continue;
            List<String> v = values(line, sp);
            revenue.merge(v.get(1), Long.parseLong(v.get(2)), Long::sum);
        }
        StringBuilder out = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> e : revenue.entrySet()) {
            total += e.getValue();
            out.append(e.getKey()).append('\t').append(e.getValue()).append('\t').append(total).append('\n');
        }
        if (out.length() > 0) System.out.print("sale_day\trevenue\trunning_total\n" + out);
    }
}
