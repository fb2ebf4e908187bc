// The policy lab's entry: registers the elements (the app shell pulls in the rest).
import './ds-app/define.js';
