-- mapping.sql of FILES/WF:wf_files/ST:s_sales_headers: the mapping m_sales_headers as Spark SQL views, in the order the driver runs them.
-- The driver first reads each source into its view: SALES_HEADERS as `SALES_HEADERS__read` (for SQ_SALES_HEADERS).
-- Then it runs every step, and writes each target__ view to its target. :NAME markers are run-time values the driver binds as literals.

-- step 1: SQ_SALES_HEADERS (Source Qualifier): reads SALES_HEADERS
CREATE OR REPLACE TEMPORARY VIEW `SQ_SALES_HEADERS` AS
  SELECT
    `SALE_ID` AS `SQ_SALES_HEADERS.SALE_ID`,
    `REGION` AS `SQ_SALES_HEADERS.REGION`,
    `AMOUNT` AS `SQ_SALES_HEADERS.AMOUNT`,
    `SOLD_AT` AS `SQ_SALES_HEADERS.SOLD_AT`
  FROM `SALES_HEADERS__read`;

-- step 2: SALES_OUT (Target): the rows it loads, one column per target field
CREATE OR REPLACE TEMPORARY VIEW `target__SALES_OUT` AS
  SELECT
    `SQ_SALES_HEADERS.SALE_ID` AS `SALE_ID`,
    `SQ_SALES_HEADERS.REGION` AS `REGION`,
    `SQ_SALES_HEADERS.AMOUNT` AS `AMOUNT`,
    `SQ_SALES_HEADERS.SOLD_AT` AS `SOLD_AT`
  FROM `SQ_SALES_HEADERS`;
