-- Tests a column of orders that can itself be NULL: a customer whose only orders are still
-- being priced (total NULL) is reported as never having ordered.
SELECT c.customer_id, c.name
FROM customers AS c
LEFT JOIN orders AS o ON o.customer_id = c.customer_id
WHERE o.total IS NULL;
