-- An article may name the one it republishes by file name (or URL, already indexed): found without a scan.
CREATE INDEX document_source_name_idx ON document (source_name, id);
