-- Correct: joins every day with all days up to it and adds their revenues, which is
-- quadratic in the number of days.
WITH daily AS (
  SELECT sale_day, SUM(amount) AS revenue FROM sales GROUP BY sale_day
)
SELECT a.sale_day, a.revenue, SUM(b.revenue) AS running_total
FROM daily AS a
JOIN daily AS b ON b.sale_day <= a.sale_day
GROUP BY a.sale_day
ORDER BY a.sale_day;
