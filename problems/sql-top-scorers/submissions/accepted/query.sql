-- Rank the students of each class by score; everyone sharing rank 1 is a top scorer.
SELECT class_name, student_name, score
FROM (
  SELECT c.class_name, s.student_name, s.score,
         RANK() OVER (PARTITION BY s.class_id ORDER BY s.score DESC) AS place
  FROM students AS s
  JOIN classes AS c ON c.class_id = s.class_id
)
WHERE place = 1;
