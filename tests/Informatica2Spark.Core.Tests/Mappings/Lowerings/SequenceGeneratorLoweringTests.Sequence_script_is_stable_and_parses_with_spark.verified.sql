-- sequence_keys: the mapping m_sequence_keys as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: ORDERS as `ORDERS__read` (for SQ_ORDERS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_ORDERS (Source Qualifier): reads ORDERS
CREATE OR REPLACE TEMPORARY VIEW `SQ_ORDERS` AS
  SELECT
    `ID` AS `SQ_ORDERS.ID`,
    `NAME` AS `SQ_ORDERS.NAME`
  FROM `ORDERS__read`;

-- step 2: SEQ_KEYS (Sequence): numbers the rows of T_KEYED
CREATE OR REPLACE TEMPORARY VIEW `SEQ_KEYS` AS
  SELECT
    *,
    :SEQ__SEQ_KEYS__START + ((CAST(row_number() OVER (ORDER BY `SEQ_KEYS.__order` ASC NULLS LAST) AS BIGINT) - 1) * 1) AS `SEQ_KEYS.NEXTVAL`,
    :SEQ__SEQ_KEYS__START + ((CAST(row_number() OVER (ORDER BY `SEQ_KEYS.__order` ASC NULLS LAST) AS BIGINT) - 1) * 1) + 1 AS `SEQ_KEYS.CURRVAL`
  FROM (
    SELECT
      *,
      monotonically_increasing_id() AS `SEQ_KEYS.__order`
    FROM `SQ_ORDERS`
  ) `numbered`;

-- step 3: T_KEYED (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__T_KEYED` AS
  SELECT
    `SEQ_KEYS.NEXTVAL` AS `KEY_ID`,
    `SEQ_KEYS.CURRVAL` AS `NEXT_KEY`,
    `SQ_ORDERS.ID` AS `ID`,
    `SQ_ORDERS.NAME` AS `NAME`
  FROM `SEQ_KEYS`;
