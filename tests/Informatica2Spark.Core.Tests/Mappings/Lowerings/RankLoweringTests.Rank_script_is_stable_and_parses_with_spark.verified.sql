-- rank_ties: the mapping m_rank_ties as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: SCORES as `SCORES__read` (for SQ_SCORES).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_SCORES (Source Qualifier): reads SCORES
CREATE OR REPLACE TEMPORARY VIEW `SQ_SCORES` AS
  SELECT
    `ID` AS `SQ_SCORES.ID`,
    `GRP` AS `SQ_SCORES.GRP`,
    `SCORE` AS `SQ_SCORES.SCORE`
  FROM `SCORES__read`;

-- step 2: RNK_SCORES (Rank): keeps the top 2 rows of each GRP by SCORE, ties sharing a rank
CREATE OR REPLACE TEMPORARY VIEW `RNK_SCORES` AS
  SELECT
    *
  FROM (
    SELECT
      `SQ_SCORES.ID` AS `RNK_SCORES.ID`,
      `SQ_SCORES.GRP` AS `RNK_SCORES.GRP`,
      `SQ_SCORES.SCORE` AS `RNK_SCORES.SCORE`,
      rank() OVER (PARTITION BY `SQ_SCORES.GRP` ORDER BY `SQ_SCORES.SCORE` DESC NULLS LAST) AS `RNK_SCORES.RANKINDEX`
    FROM `SQ_SCORES`
  ) `ranked`
  WHERE `RNK_SCORES.RANKINDEX` <= 2;

-- step 3: T_TOP (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_TOP` AS
  SELECT
    `RNK_SCORES.ID` AS `ID`,
    `RNK_SCORES.GRP` AS `GRP`,
    `RNK_SCORES.SCORE` AS `SCORE`,
    `RNK_SCORES.RANKINDEX` AS `RANK_NO`
  FROM `RNK_SCORES`;
