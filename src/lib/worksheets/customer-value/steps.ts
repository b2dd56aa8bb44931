/** The labelled 0–4 steps of the influence and knowledge ratings, shown on the page and in the customer form. */

/** Influence on other buyers, step 0 first. */
export const influenceSteps: readonly string[] = [
  'None: nobody follows their lead',
  'A little: a few peers ask their opinion',
  'Some: known and listened to in their local market',
  'Strong: others in their trade copy what they buy',
  'Leading: a name the whole industry watches',
];

/** Knowledge they give back (ideas, feedback, tests), step 0 first. */
export const knowledgeSteps: readonly string[] = [
  'None: we learn nothing from them',
  'A little: the odd complaint that teaches us something',
  'Some: useful feedback when we ask',
  'Regular: ideas that changed a product or a process',
  'Partner: they help design and test what we sell',
];
