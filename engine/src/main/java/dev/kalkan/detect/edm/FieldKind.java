package dev.kalkan.detect.edm;

import dev.kalkan.detect.InfoType;

/** How a column of the records is normalised and which infoType its matches are reported as. */
enum FieldKind {
  EMAIL(InfoType.EMAIL_ADDRESS),
  PHONE(InfoType.PHONE_NUMBER),
  PERSON_NAME(InfoType.PERSON_NAME),
  /** A first or given name: indexed only joined with the record's last name. */
  FIRST_NAME(InfoType.PERSON_NAME),
  /** A last or family name: indexed only joined with the record's first name. */
  LAST_NAME(InfoType.PERSON_NAME),
  ADDRESS(InfoType.STREET_ADDRESS),
  ORDER_ID(InfoType.AMAZON_ORDER_ID),
  GENERIC(FieldMapping.EDM_VALUE),
  IGNORED(null);

  private final InfoType defaultInfoType;

  FieldKind(InfoType defaultInfoType) {
    this.defaultInfoType = defaultInfoType;
  }

  InfoType defaultInfoType() {
    return defaultInfoType;
  }
}
