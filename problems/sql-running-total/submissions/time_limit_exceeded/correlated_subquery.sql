-- Correct: for every day, sums all sales up to that day again. That re-reads the whole
-- sales table once per day: days x sales steps.
SELECT d.sale_day, d.revenue,
       (SELECT SUM(s.amount) FROM sales AS s WHERE s.sale_day <= d.sale_day) AS running_total
FROM (SELECT sale_day, SUM(amount) AS revenue FROM sales GROUP BY sale_day) AS d
ORDER BY d.sale_day;
