"""The extraction stages, one module (or package) per stage, each a pipeline component that
reads the Document's shared analyses and layers and adds its own layer: published, quantities,
dates, entities, places, events (registered with their needs in marsad.pipeline). May import:
document, arabic, resources, dateinput (date bounds), ner (entities), other extract modules named as needs; never ingest
internals, store/, views/, commands/."""