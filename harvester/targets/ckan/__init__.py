"""The CKAN target: dataset metadata per portal profile, resource files and DataStore rows."""
